/**
 * Default lifecycle-stage picklist: HubSpot's internal values and labels, with the spellings found in
 * exports from other CRMs and in local-language portals. "Prospect" and "closed won" are only hints:
 * some teams use "prospect" for a lead, others for an opportunity, and a won deal is about the company.
 */

import type { PicklistOption } from './analyzer.ts';

export const LIFECYCLE_STAGE_OPTIONS: readonly PicklistOption[] = [
  {
    value: 'subscriber',
    label: 'Subscriber',
    synonyms: [
      'subscribers',
      'newsletter subscriber',
      'Abonnent',
      'odběratel',
      'subskrybent',
      'abonné',
      'suscriptor',
      'подписчик',
      'συνδρομητής',
      'prenumeratorius',
    ],
  },
  {
    value: 'lead',
    label: 'Lead',
    synonyms: [
      'leads',
      'new lead',
      'Interessent',
      'zájemce',
      'potenciální zákazník',
      'potencjalny klient',
      'лид',
      'potencialus klientas',
    ],
    hints: ['prospect', 'prospects'],
  },
  {
    value: 'marketingqualifiedlead',
    label: 'Marketing Qualified Lead',
    synonyms: ['mql', 'mqls', 'marketing qualified', 'marketing qualified leads'],
  },
  {
    value: 'salesqualifiedlead',
    label: 'Sales Qualified Lead',
    synonyms: ['sql', 'sqls', 'sales qualified', 'sales qualified leads'],
  },
  {
    value: 'opportunity',
    label: 'Opportunity',
    synonyms: [
      'opportunities',
      'opp',
      'opps',
      'sales opportunity',
      'Verkaufschance',
      'příležitost',
      'obchodní příležitost',
      'szansa',
      'szansa sprzedaży',
      'opportunité',
      'oportunidad',
      'opportunità',
    ],
  },
  {
    value: 'customer',
    label: 'Customer',
    synonyms: [
      'customers',
      'client',
      'clients',
      'Kunde',
      'Kunden',
      'zákazník',
      'zákaznice',
      'zákazníci',
      'klient',
      'klientka',
      'klienci',
      'cliente',
      'clienti',
      'klant',
      'asiakas',
      'kund',
      'πελάτης',
      'клиент',
      'клієнт',
      'klientas',
      'klients',
      'ügyfél',
    ],
    hints: ['closed won', 'won'],
  },
  {
    value: 'evangelist',
    label: 'Evangelist',
    synonyms: [
      'evangelists',
      'advocate',
      'brand advocate',
      'promoter',
      'ambassador',
      'brand ambassador',
      'ambasador',
      'ambasadorka',
      'ambasadór',
      'Markenbotschafter',
    ],
  },
  {
    value: 'other',
    label: 'Other',
    synonyms: ['others', 'sonstige', 'andere', 'jiné', 'ostatní', 'inne', 'autre', 'другое', 'άλλο'],
  },
];
