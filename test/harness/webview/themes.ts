// Stand-ins for the CSS variables VS Code injects into webviews (values from the Dark Modern, Light Modern and
// High Contrast themes, and VS Code 1.100's colour-registry defaults where a theme sets none), so the standalone
// harness renders like the real panel. Keep them true to VS Code: Light Modern's descriptionForeground equals
// its foreground (#3B3B3B), which is why dimming with it showed nothing there; a made-up value hid that.
export type ThemeName = 'dark' | 'light' | 'high-contrast';

const COMMON = `--vscode-font-family: system-ui, -apple-system, "Segoe UI", Ubuntu, sans-serif; --vscode-font-size: 13px;
  --vscode-editor-font-family: "DejaVu Sans Mono", monospace;`;

const THEMES: Record<ThemeName, string> = {
  dark: `--vscode-foreground:#cccccc; --vscode-editor-background:#1f1f1f; --vscode-descriptionForeground:#9d9d9d;
  --vscode-button-background:#0078d4; --vscode-button-foreground:#ffffff; --vscode-button-hoverBackground:#026ec1;
  --vscode-button-secondaryBackground:#313131; --vscode-button-secondaryForeground:#cccccc; --vscode-button-secondaryHoverBackground:#3c3c3c;
  --vscode-input-background:#313131; --vscode-input-foreground:#cccccc; --vscode-input-border:#3c3c3c; --vscode-focusBorder:#0078d4;
  --vscode-list-hoverBackground:#2a2d2e; --vscode-list-activeSelectionBackground:#04395e; --vscode-list-activeSelectionForeground:#ffffff;
  --vscode-list-inactiveSelectionBackground:#37373d; --vscode-panel-border:#2b2b2b; --vscode-editorWidget-border:#454545;
  --vscode-charts-green:#89d185; --vscode-charts-yellow:#cca700; --vscode-charts-red:#f14c4c; --vscode-charts-blue:#3794ff; --vscode-charts-orange:#d18616;
  --vscode-badge-background:#616161; --vscode-badge-foreground:#f8f8f8; --vscode-errorForeground:#f85149; --vscode-editorWarning-foreground:#cca700;
  --vscode-diffEditor-removedTextBackground:rgba(255,0,0,0.2); --vscode-textCodeBlock-background:#2b2b2b; --vscode-textLink-foreground:#4daafc;
  --vscode-inputValidation-errorBorder:#be1100; --vscode-inputValidation-errorBackground:#5a1d1d;
  --vscode-inputValidation-infoBorder:#007acc; --vscode-inputValidation-infoBackground:#063b49;
  --vscode-disabledForeground:rgba(204,204,204,0.5); --vscode-editorInfo-foreground:#3794ff; --vscode-diffEditor-insertedTextBackground:rgba(156,204,44,0.2);
  --vscode-inputValidation-warningBorder:#b89500; --vscode-inputValidation-warningBackground:#352a05; --vscode-editorWidget-background:#202020;`,
  light: `--vscode-foreground:#3b3b3b; --vscode-editor-background:#ffffff; --vscode-descriptionForeground:#3b3b3b;
  --vscode-button-background:#005fb8; --vscode-button-foreground:#ffffff; --vscode-button-hoverBackground:#0258a8;
  --vscode-button-secondaryBackground:#e5e5e5; --vscode-button-secondaryForeground:#3b3b3b; --vscode-button-secondaryHoverBackground:#cccccc;
  --vscode-input-background:#ffffff; --vscode-input-foreground:#3b3b3b; --vscode-input-border:#cecece; --vscode-focusBorder:#005fb8;
  --vscode-list-hoverBackground:#f2f2f2; --vscode-list-activeSelectionBackground:#e8e8e8; --vscode-list-activeSelectionForeground:#000000;
  --vscode-list-inactiveSelectionBackground:#e4e6f1; --vscode-panel-border:#e5e5e5; --vscode-editorWidget-border:#c8c8c8;
  --vscode-charts-green:#388a34; --vscode-charts-yellow:#bf8803; --vscode-charts-red:#e51400; --vscode-charts-blue:#1a85ff; --vscode-charts-orange:#d18616;
  --vscode-badge-background:#cccccc; --vscode-badge-foreground:#3b3b3b; --vscode-errorForeground:#f85149; --vscode-editorWarning-foreground:#bf8803;
  --vscode-diffEditor-removedTextBackground:rgba(255,0,0,0.2); --vscode-textCodeBlock-background:#f8f8f8; --vscode-textLink-foreground:#005fb8;
  --vscode-inputValidation-errorBorder:#be1100; --vscode-inputValidation-errorBackground:#f2dede;
  --vscode-inputValidation-infoBorder:#007acc; --vscode-inputValidation-infoBackground:#d6ecf2;
  --vscode-disabledForeground:rgba(97,97,97,0.5); --vscode-editorInfo-foreground:#1a85ff; --vscode-diffEditor-insertedTextBackground:rgba(156,204,44,0.25);
  --vscode-inputValidation-warningBorder:#b89500; --vscode-inputValidation-warningBackground:#f6f5d2; --vscode-editorWidget-background:#f8f8f8;`,
  'high-contrast': `--vscode-foreground:#ffffff; --vscode-editor-background:#000000; --vscode-descriptionForeground:#ffffff;
  --vscode-button-background:#000000; --vscode-button-foreground:#ffffff; --vscode-button-border:#6fc3df;
  --vscode-button-secondaryBackground:#000000; --vscode-button-secondaryForeground:#ffffff;
  --vscode-input-background:#000000; --vscode-input-foreground:#ffffff; --vscode-input-border:#6fc3df; --vscode-focusBorder:#f38518;
  --vscode-contrastBorder:#6fc3df; --vscode-contrastActiveBorder:#f38518; --vscode-list-focusOutline:#f38518;
  --vscode-list-activeSelectionBackground:#000000; --vscode-list-activeSelectionForeground:#ffffff;
  --vscode-charts-green:#89d185; --vscode-charts-yellow:#ffd700; --vscode-charts-red:#f48771; --vscode-charts-blue:#3794ff; --vscode-charts-orange:#f38518;
  --vscode-badge-background:#000000; --vscode-badge-foreground:#ffffff; --vscode-errorForeground:#f48771; --vscode-editorWarning-foreground:#ffd370;
  --vscode-textCodeBlock-background:#000000; --vscode-textLink-foreground:#21a6ff;
  --vscode-inputValidation-errorBorder:#be1100; --vscode-inputValidation-errorBackground:#000000;
  --vscode-inputValidation-infoBorder:#6fc3df; --vscode-inputValidation-infoBackground:#000000;
  --vscode-disabledForeground:#a5a5a5; --vscode-editorInfo-foreground:#3794ff;
  --vscode-diffEditor-insertedTextBorder:#33ff2e; --vscode-diffEditor-removedTextBorder:#ff008f;
  --vscode-inputValidation-warningBorder:#6fc3df; --vscode-inputValidation-warningBackground:#000000; --vscode-editorWidget-background:#0c141f;`,
};

export function themeCss(name: ThemeName): string {
  return `:root { ${COMMON} ${THEMES[name]} }\n`;
}
