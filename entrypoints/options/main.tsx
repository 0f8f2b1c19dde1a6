import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import { refreshPolicyPack } from '../../settings/policy-pack';
import './style.css';

// If an administrator's pack arrived before the background checked it, check it here.
void refreshPolicyPack().catch(() => {});

const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsApp />);
