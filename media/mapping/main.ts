// Entry of the mapping preview webview bundle (dist/webview/mapping.js; its CSS becomes dist/webview/mapping.css).
import '../shared/l10n'; // first: translations before any module renders text
import '../shared/buttons.css';
import './mapping.css';
import { MappingApp } from './app';
import { mappingVsCodeApi } from './hostClient';

new MappingApp(document.getElementById('app')!, mappingVsCodeApi());
