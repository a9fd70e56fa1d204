import { describe, expect, it } from 'vitest';
import { KemptError } from '../errors.ts';
import { fieldForHeader, mapColumns, parseMapOptionsOrThrow } from './mapping.ts';

describe('fieldForHeader', () => {
  it.each([
    // HubSpot
    ['Record ID', 'id'],
    ['First Name', 'first_name'],
    ['Email', 'email'],
    ['Phone Number', 'phone'],
    ['Mobile Phone Number', 'mobile'],
    ['Company Name', 'company'],
    ['Website URL', 'website'],
    ['Job Title', 'job_title'],
    ['Country/Region', 'country'],
    ['State/Region', 'state'],
    ['Postal Code', 'postcode'],
    ['Street Address', 'street'],
    ['Original Source', 'lead_source'],
    ['Lifecycle Stage', 'lifecycle_stage'],
    ['Contact owner', 'owner'],
    ['Create Date', 'created_at'],
    ['Last Modified Date', 'updated_at'],
    ['Last Activity Date', 'last_activity_at'],
    // Salesforce
    ['FirstName', 'first_name'],
    ['LastName', 'last_name'],
    ['MobilePhone', 'mobile'],
    ['Account.Name', 'company'],
    ['Title', 'job_title'],
    ['MailingCountry', 'country'],
    ['MailingPostalCode', 'postcode'],
    ['LeadSource', 'lead_source'],
    ['CreatedDate', 'created_at'],
    ['LastActivityDate', 'last_activity_at'],
    // canonical and spelling variants
    ['first_name', 'first_name'],
    ['E-mail', 'email'],
    ['E_MAIL', 'email'],
    ['  email address ', 'email'],
    ['Zip', 'postcode'],
    // other languages
    ['Telefon', 'phone'],
    ['Firma', 'company'],
    ['Země', 'country'],
    ['Příjmení', 'last_name'],
    ['Jméno', 'first_name'],
    ['PSČ', 'postcode'],
    ['Nazwisko', 'last_name'],
    ['Imię', 'first_name'],
    ['Vorname', 'first_name'],
    ['Straße', 'street'],
    ['Prénom', 'first_name'],
    ['Société', 'company'],
    ['Courriel', 'email'],
    ['Фамилия', 'last_name'],
    ['Телефон', 'phone'],
    ['Επώνυμο', 'last_name'],
    ['Χώρα', 'country'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it.each(['newsletter_opt_in', 'Customer Tier', 'Notes', 'Favourite colour', ''])(
    '%j is a custom column',
    (header) => {
      expect(fieldForHeader(header)).toBeUndefined();
    },
  );
});

describe('mapColumns', () => {
  it('maps known headers, keeps the rest custom, first column wins', () => {
    const map = mapColumns(['Email', 'Notes', 'E-mail', 'First Name']);
    expect(map.byColumn).toEqual(['email', null, null, 'first_name']);
    expect(map.fields.get('email')).toBe(0);
  });

  it('applies overrides before recognition', () => {
    const header = ['Email', 'Private mail'];
    const map = mapColumns(header, parseMapOptionsOrThrow(['email=Private mail'], header));
    expect(map.byColumn).toEqual([null, 'email']);
  });
});

describe('parseMapOptionsOrThrow', () => {
  const header = ['Mail 1', 'Tel'];

  it('matches headers loosely (case, punctuation)', () => {
    expect(parseMapOptionsOrThrow(['email=mail-1', 'phone=Tel'], header)).toEqual(
      new Map([
        ['email', 0],
        ['phone', 1],
      ]),
    );
  });

  it('reports every problem at once, with what exists', () => {
    const run = () => parseMapOptionsOrThrow(['emial=Mail 1', 'phone=Fax', 'mobile'], header);
    expect(run).toThrow(KemptError);
    try {
      run();
    } catch (error) {
      const e = error as KemptError;
      expect(e.code).toBe('mapping_invalid');
      expect(e.message).toMatch(/"emial" is not a field/);
      expect(e.message).toMatch(/no column named "Fax"/);
      expect(e.message).toMatch(/write field=Header/);
      expect(e.hint).toMatch(/Columns in the file: "Mail 1", "Tel"/);
    }
  });
});
