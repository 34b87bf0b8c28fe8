// Entry of the matches webview bundle (dist/webview/matches.js; its CSS becomes dist/webview/matches.css).
import '../shared/l10n'; // first: translations before any module renders text
import '../shared/buttons.css';
import './matches.css';
import { MatchesApp } from './app';
import { vscodeApi } from './vscodeApi';

new MatchesApp(document.getElementById('app')!, vscodeApi());
