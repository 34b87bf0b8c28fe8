// The test API's `profileSearch` member (test mode only, see src/testApi.ts): answers Search Profiles…'s quick picks
// and input boxes from a script, and records what each prompt offered so a test can assert the picker's content.
import type vscode = require('vscode');
import type { SearchPrompts } from './prompts';

export type PromptAnswer =
  | { readonly pick: (items: readonly vscode.QuickPickItem[]) => vscode.QuickPickItem | undefined }
  | { readonly input: string | undefined };

export interface OfferedPrompt {
  readonly title?: string;
  /** Picks: the items offered; inputs: none. */
  readonly items?: readonly vscode.QuickPickItem[];
  /** Inputs: the validation message of the scripted text (undefined = accepted). */
  readonly validation?: string;
}

export interface ProfileSearchTestApi {
  /** The next prompts are answered by these, in order; a prompt beyond the script cancels. */
  script(answers: readonly PromptAnswer[]): void;
  /** What the prompts offered since the last script(). */
  offered(): readonly OfferedPrompt[];
  /** Back to the real VS Code prompts. */
  reset(): void;
}

/** `searchPrompts`: the entry bundle's holder (register.ts), handed over: this module runs in the test API's bundle. */
export function createProfileSearchTestApi(searchPrompts: { current?: SearchPrompts }): ProfileSearchTestApi {
  let queue: PromptAnswer[] = [];
  let offered: OfferedPrompt[] = [];
  const scripted: SearchPrompts = {
    pick: async (items, options) => {
      offered.push({ title: options.title, items });
      const answer = queue.shift();
      return answer && 'pick' in answer ? (answer.pick(items) as (typeof items)[number] | undefined) : undefined;
    },
    input: async (options) => {
      const answer = queue.shift();
      const text = answer && 'input' in answer ? answer.input : undefined;
      const validation = text === undefined ? undefined : await options.validateInput?.(text);
      offered.push({ title: options.title, validation: typeof validation === 'string' ? validation : undefined });
      return validation ? undefined : text;
    },
  };
  return {
    script: (answers) => {
      queue = [...answers];
      offered = [];
      searchPrompts.current = scripted;
    },
    offered: () => offered,
    reset: () => {
      queue = [];
      searchPrompts.current = undefined;
    },
  };
}
