import { describe, expect, it } from 'vitest';
import {
  analyzeLeadSource,
  analyzeLifecycleStage,
  analyzePicklist,
  LEAD_SOURCE_OPTIONS,
  LIFECYCLE_STAGE_OPTIONS,
  picklistAnalyzer,
} from './index.ts';

const LEAD_SOURCES: [string, string][] = [
  ['Google Ads', 'Paid Search'],
  ['adwords', 'Paid Search'],
  ['PPC', 'Paid Search'],
  ['Sklik', 'Paid Search'],
  ['PAID_SEARCH', 'Paid Search'],
  ['organic', 'Organic Search'],
  ['SEO', 'Organic Search'],
  ['Social Media', 'Organic Social'],
  ['SOCIAL_MEDIA', 'Organic Social'],
  ['LinkedIn Ads', 'Paid Social'],
  ['facebook-ads', 'Paid Social'],
  ['e-mail', 'Email Marketing'],
  ['Newsletter', 'Email Marketing'],
  ['referral', 'Referrals'],
  ['doporučení', 'Referrals'],
  ['doporuceni', 'Referrals'],
  ['Polecenie', 'Referrals'],
  ['Empfehlung', 'Referrals'],
  ['direct', 'Direct Traffic'],
  ['OFFLINE', 'Offline Sources'],
  ['other campaign', 'Other Campaigns'],
  ['Trade show', 'Event'],
  ['tradeshow', 'Event'],
  ['veletrh', 'Event'],
  ['Messe', 'Event'],
  ['Targi', 'Event'],
  ['Seminar - Internal', 'Event'],
  ['webinář', 'Webinar'],
  ['Partner Referral', 'Partner'],
  ['Cold call', 'Outbound'],
  ['Kaltakquise', 'Outbound'],
  ['Purchased List', 'List Import'],
  ['import', 'List Import'],
  ['Web', 'Website'],
  ['web-form', 'Website'],
  ['Kontaktformular', 'Website'],
  ['ChatGPT', 'AI Referrals'],
  ['sonstiges', 'Other'],
];

const LIFECYCLE: [string, string][] = [
  ['subscriber', 'Subscriber'],
  ['lead', 'Lead'],
  ['marketingqualifiedlead', 'Marketing Qualified Lead'],
  ['Marketing Qualified Lead', 'Marketing Qualified Lead'],
  ['mql', 'Marketing Qualified Lead'],
  ['SQL', 'Sales Qualified Lead'],
  ['sales-qualified lead', 'Sales Qualified Lead'],
  ['opportunity', 'Opportunity'],
  ['Customer ', 'Customer'],
  ['client', 'Customer'],
  ['Kunde', 'Customer'],
  ['zákazník', 'Customer'],
  ['klient', 'Customer'],
  ['Πελάτης', 'Customer'],
  ['evangelist', 'Evangelist'],
  ['advocate', 'Evangelist'],
  ['other', 'Other'],
];

describe('lead_source', () => {
  it.each(LEAD_SOURCES)('%j -> %j', (input, expected) => {
    expect(analyzeLeadSource(input).normalized).toBe(expected);
    expect(analyzePicklist(input, { field: 'lead_source' }).normalized).toBe(expected);
  });

  it.each(LEAD_SOURCE_OPTIONS.map((o) => o.label!))('leaves the label %j unchanged', (label) => {
    expect(analyzeLeadSource(label)).toMatchObject({ normalized: label, verdict: 'valid' });
  });

  it.each([
    ['LinkedIn', 'Organic Social'],
    ['facebook', 'Organic Social'],
    ['Google', 'Organic Search'],
  ])('%j is ambiguous, suggesting %j', (input, suggestion) => {
    const a = analyzeLeadSource(input);
    expect(a.normalized).toBe(input);
    expect(a.findings[0]).toMatchObject({ code: 'picklist.ambiguous', suggestion });
  });

  it.each([
    ['Webinarr', 'Webinar'],
    ['Paid Serach', 'Paid Search'],
    ['Refferal', 'Referrals'],
    ['Billboard', undefined],
  ])('unknown %j suggests %j', (input, suggestion) => {
    const f = analyzeLeadSource(input).findings[0];
    expect(f?.code).toBe('picklist.unknown');
    expect(f?.suggestion).toBe(suggestion);
  });

  it('outputs HubSpot internal values on request', () => {
    const analyze = picklistAnalyzer({ field: 'lead_source', allowed: LEAD_SOURCE_OPTIONS, output: 'value' });
    expect(analyze('Google Ads').normalized).toBe('PAID_SEARCH');
    expect(analyze('Social Media').normalized).toBe('SOCIAL_MEDIA');
  });
});

describe('lifecycle_stage', () => {
  it.each(LIFECYCLE)('%j -> %j', (input, expected) => {
    expect(analyzeLifecycleStage(input).normalized).toBe(expected);
    expect(analyzePicklist(input, { field: 'lifecycle_stage' }).normalized).toBe(expected);
  });

  it.each(LIFECYCLE_STAGE_OPTIONS.map((o) => o.label!))('leaves the label %j unchanged', (label) => {
    expect(analyzeLifecycleStage(label).normalized).toBe(label);
  });

  it('outputs HubSpot internal values on request', () => {
    const analyze = picklistAnalyzer({
      field: 'lifecycle_stage',
      allowed: LIFECYCLE_STAGE_OPTIONS,
      output: 'value',
    });
    expect(analyze('Marketing Qualified Lead').normalized).toBe('marketingqualifiedlead');
    expect(analyze('zákazník').normalized).toBe('customer');
  });

  it.each([
    ['prospect', 'picklist.ambiguous', 'Lead'],
    ['Closed Won', 'picklist.ambiguous', 'Customer'],
    ['Custmer', 'picklist.unknown', 'Customer'],
  ])('%j -> %s %j', (input, code, suggestion) => {
    expect(analyzeLifecycleStage(input).findings[0]).toMatchObject({ code, suggestion });
  });
});

describe('idempotence and other fields', () => {
  it.each([...LEAD_SOURCES, ...LIFECYCLE].map(([input]) => input))('is idempotent on %j', (input) => {
    for (const analyze of [analyzeLeadSource, analyzeLifecycleStage]) {
      const once = analyze(input).normalized;
      expect(analyze(once).normalized).toBe(once);
    }
  });

  it('passes an unknown picklist through trimmed', () => {
    expect(analyzePicklist('  Gold  tier ', { field: 'tier' })).toMatchObject({
      normalized: 'Gold tier',
      verdict: 'valid',
      findings: [],
    });
    expect(analyzePicklist('  ', { field: 'tier' }).verdict).toBe('empty');
  });
});
