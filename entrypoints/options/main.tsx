import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/switch.css';
import './style.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsApp />);
