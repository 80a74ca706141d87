/** Public entry points of the disclosure-control engine. */
export { auditProtection, protect, type ProtectOptions } from './protect.ts';
export { applyPrimaryRules, type PrimaryRule, type PrimaryVerdict } from './rules/primary.ts';
export type * from './problem.ts';
