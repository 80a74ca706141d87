/** Input paths of the build, served by siteInputPlugin from what astro.config.mjs validated. */
declare module 'virtual:fmar/site-input' {
  /** Absolute path of the vetted folder. */
  export const vettedDir: string;
  /** Absolute path of policy/policy.yaml. */
  export const policyFile: string;
  /** Public address of the site, with a trailing slash (FMAR_SITE_URL). */
  export const siteUrl: string;
}
