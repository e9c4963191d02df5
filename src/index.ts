/** tei-edition's public API: re-exports only. */
export { build, check, merge, renderers, siteRenderers, type BuildOptions, type BuildProgress, type BuildResult, type CheckOptions } from './build.js';
export { TeiFile } from './file.js';
export { load, read, fromBytes, defaultLimits, resolveLimits, type Limits } from './load/index.js';
export { validate, rules, type Rule, type ValidateOptions } from './validate/index.js';
export { type Message, type Severity, type Place } from './message.js';
export { UsageError } from './errors.js';
export { formatText, formatJson } from './report.js';
export { main, EXIT } from './cli.js';
export { version } from './version.js';
export { edition, plainText, webAnnotations, type Edition } from './render/json/index.js';
export { summarize, formatSummary, type Summary } from './summary.js';
export { packageEdition, type PackageOptions, type PackageResult } from './package/package.js';
export { verify, type VerifyOptions, type VerifyResult } from './package/verify.js';
export { bagitProfile, type BagitProfile } from './package/profile.js';
