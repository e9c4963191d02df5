/** The rule set, in the order rules run. Each rule lives in its own file with a stable id. */
import type { Rule } from '../rule.js';
import { commentaryHasSource } from './commentary-has-source.js';
import { activeContentRule } from './active-content.js';
import { isoDates } from './iso-dates.js';
import { namesHaveRef } from './names-have-ref.js';
import { pointerResolves } from './pointer-resolves.js';
import { uniqueIds } from './unique-ids.js';
import { unusedRegisterEntry } from './unused-register-entry.js';
import { urlScheme } from './url-scheme.js';

export const rules: readonly Rule[] = [uniqueIds, pointerResolves, isoDates, namesHaveRef, unusedRegisterEntry, commentaryHasSource, urlScheme, activeContentRule];
