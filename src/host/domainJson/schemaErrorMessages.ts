// Human messages for ajv errors in the domain-JSON editor. The path is reported separately (see
// validateDocument.ts), so messages say what is wrong and what would be right, not where.
import type { ErrorObject } from 'ajv';
import * as l10n from '@vscode/l10n';

// A function, not a constant table: translated when the message is made.
function typeText(type: string): string {
  switch (type) {
    case 'string': return l10n.t('a string');
    case 'integer': return l10n.t('a whole number');
    case 'number': return l10n.t('a number');
    case 'boolean': return l10n.t('true or false');
    case 'object': return l10n.t('an object { … }');
    case 'array': return l10n.t('a list [ … ]');
    default: return type;
  }
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Allowed member names of the object that holds an unknown member (ajv `verbose` gives the parent schema). */
function allowedMembers(error: ErrorObject): string {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  const names = properties ? Object.keys(properties) : [];
  return names.length ? ` ${l10n.t('Allowed here: {0}.', names.join(', '))}` : '';
}

export function schemaErrorMessage(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  const limit = Number(p.limit);
  const got = error.data;
  switch (error.keyword) {
    case 'required':
      return l10n.t('Missing required member "{0}".', String(p.missingProperty));
    case 'additionalProperties':
      return `${l10n.t('Unknown member "{0}".', String(p.additionalProperty))}${allowedMembers(error)}`;
    case 'type':
      return l10n.t('Must be {0}, not {1}.', typeText(String(p.type)), shown(got));
    case 'enum':
      return l10n.t('{0} is not allowed. Must be one of: {1}.', shown(got), (p.allowedValues as unknown[]).join(', '));
    case 'pattern':
      return l10n.t('{0} does not match the required pattern {1}', shown(got), String(p.pattern));
    case 'minLength':
      return limit === 1 ? l10n.t('Must be at least 1 character long.') : l10n.t('Must be at least {0} characters long.', limit);
    case 'maxLength':
      return limit === 1
        ? l10n.t('Must be at most 1 character long (it has {0}).', String(got).length)
        : l10n.t('Must be at most {0} characters long (it has {1}).', limit, String(got).length);
    case 'minimum':
      return l10n.t('Must be at least {0}, not {1}.', limit, shown(got));
    case 'maximum':
      return l10n.t('Must be at most {0}, not {1}.', limit, shown(got));
    case 'minItems':
      return limit === 1 ? l10n.t('Must have at least 1 item.') : l10n.t('Must have at least {0} items.', limit);
    case 'maxItems':
      return limit === 1
        ? l10n.t('Must have at most 1 item (it has {0}).', Array.isArray(got) ? got.length : '?')
        : l10n.t('Must have at most {0} items (it has {1}).', limit, Array.isArray(got) ? got.length : '?');
    case 'minProperties':
      return limit === 1
        ? l10n.t('Must have at least 1 entry (remove the member instead of leaving it empty).')
        : l10n.t('Must have at least {0} entries (remove the member instead of leaving it empty).', limit);
    case 'maxProperties':
      return limit === 1 ? l10n.t('Must have at most 1 entry.') : l10n.t('Must have at most {0} entries.', limit);
    default:
      // ajv's own message (English: ajv has no translations of ours), as a value.
      return `${error.message ?? l10n.t('Invalid value')}.`;
  }
}
