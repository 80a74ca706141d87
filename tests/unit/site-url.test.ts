import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, resolveSiteUrl } from '../../src/lib/site-input/resolve-site-input.ts';

describe('resolveSiteUrl', () => {
  it('defaults to the preview address', () => {
    expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
  });

  it('adds the trailing slash', () => {
    expect(resolveSiteUrl('https://statistics.example.org')).toBe('https://statistics.example.org/');
  });

  it('rejects text that is not a URL', () => {
    expect(() => resolveSiteUrl('statistics')).toThrow('FMAR_SITE_URL=statistics is not a URL');
  });

  it('rejects other protocols', () => {
    expect(() => resolveSiteUrl('ftp://statistics.example.org/')).toThrow('must start with https:// or http://');
  });
});
