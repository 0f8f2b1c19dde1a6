import { createRoot } from 'react-dom/client';
import { COACH_CSS } from '../../components/coach-styles';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import '../../components/sidepanel/sidepanel.css';

// The coach's shared styles are a string (content scripts put them in a shadow root); extension
// pages allow no inline <style> under their CSP, and a constructed sheet needs none.
const sheet = new CSSStyleSheet();
sheet.replaceSync(COACH_CSS);
document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];

createRoot(document.getElementById('root')!).render(<SidePanelApp />);
