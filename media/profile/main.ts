// Entry of the profile view's webview bundle (dist/webview/profile.js; its CSS becomes dist/webview/profile.css).
import '../shared/l10n'; // first: translations before any module renders text
import '../shared/buttons.css';
import './profile.css';
import { ProfileApp } from './app';
import { vscodeApi } from './vscodeApi';

new ProfileApp(document.getElementById('app')!, vscodeApi());
