/**
 * Role accounts, test addresses and placeholders. Curated for kempt (no list copied): role names in the
 * languages of our users' data (EN, DE, FR, IT, ES, NL, CS/SK, PL, LT, EL and RU in Latin script).
 * Matching folds case and diacritics and ignores `.`, `-`, `_`, a `+tag` and trailing digits, so
 * `Sales-Team2@`, `no_reply@` and `kancelář@` all match.
 */

const ROLE_EN =
  'info information contact contacts contactus hello hi office admin administrator administration ' +
  'sysadmin root hostmaster postmaster webmaster abuse security noc support helpdesk help service ' +
  'services servicedesk customerservice customercare customersupport sales sale marketing press media ' +
  'news newsletter billing invoice invoices invoicing accounting accounts accountspayable finance hr jobs ' +
  'job career careers recruiting recruitment team staff mail email enquiries enquiry inquiries inquiry ' +
  'orders order shop store booking bookings reservations noreply donotreply mailerdaemon bounce bounces ' +
  'legal compliance privacy dpo gdpr it everyone all purchasing procurement logistics dispatch warehouse ' +
  'management board feedback partners partner export import tech technical reception frontdesk ' +
  'secretary general mailbox';
const ROLE_DE =
  'kontakt anfrage anfragen buchhaltung rechnung rechnungen vertrieb verkauf kundenservice kundendienst ' +
  'bewerbung karriere personal einkauf versand lager zentrale empfang verwaltung buero post ' +
  'geschaeftsleitung sekretariat';
const ROLE_FR_IT_ES_NL =
  'accueil commercial direction secretariat compta comptabilite facturation recrutement rh ventes ' +
  'vendite amministrazione segreteria commerciale ufficio ordini acquisti fatture contatti contatto ' +
  'ventas administracion compras facturacion pedidos recepcion contacto informacion ' +
  'verkoop administratie inkoop klantenservice';
const ROLE_CS_SK_PL =
  'kontakty obchod prodej fakturace faktury ucetni ucetnictvi podatelna kancelar recepce podpora ' +
  'reklamace objednavky servis personalni biuro recepcja ksiegowosc sprzedaz zamowienia handlowy kadry ' +
  'rekrutacja reklamacje serwis pomoc obsluga zakupy';
const ROLE_LT_EL_RU =
  'pardavimai buhalterija administracija biuras kontaktai uzsakymai grammateia logistirio pwliseis ' +
  'poliseis zakaz zakazy buh buhgalteria bukhgalteriya sekretar priemnaya prodazhi otdel';

export const ROLE_LOCAL_PARTS: ReadonlySet<string> = new Set(
  [ROLE_EN, ROLE_DE, ROLE_FR_IT_ES_NL, ROLE_CS_SK_PL, ROLE_LT_EL_RU].join(' ').split(' '),
);

/** Local parts people type to get past a required field. Compared after the same folding as roles. */
export const TEST_LOCAL_PARTS: ReadonlySet<string> = new Set(
  (
    'test testing tester tests asdf asdfasdf asdfgh asdfghjkl qwerty qwertz qwer zxcv jkl abc abcd abcdef ' +
    'xxx xx x xyz foo bar foobar baz noemail nomail none noone nobody null nil na fake dummy ' +
    'sample example demo blah blabla unknown invalid noname anonymous keine brak zadny nemam'
  ).split(' '),
);

/**
 * Reserved names (RFC 2606, RFC 6761) and domains used as placeholders in CRM data. `test.com` and
 * `domain.com` exist, but a contact at them is a form-filler, not a customer.
 */
export const TEST_DOMAINS: ReadonlySet<string> = new Set(
  (
    'example.com example.net example.org test.com test.de testing.com fake.com fakeemail.com noemail.com ' +
    'nomail.com no-email.com none.com domain.com yourdomain.com yourcompany.com mycompany.com sample.com ' +
    // German stand-ins: "Max Mustermann, Musterfirma GmbH", the John Doe of German forms.
    'demo.com mustermann.de musterfirma.de musterfirma.com beispiel.de'
  ).split(' '),
);
export const TEST_TLDS: ReadonlySet<string> = new Set(['test', 'example', 'invalid', 'localhost']);

/** Whole values that stand for "no email". Compared lower-case, trimmed. */
export const PLACEHOLDERS: ReadonlySet<string> = new Set([
  '-',
  '--',
  '---',
  '.',
  '?',
  '??',
  '0',
  'x',
  'xx',
  'xxx',
  'n/a',
  'n.a.',
  'na',
  'n/v',
  'none',
  'null',
  'nil',
  'nan',
  'undefined',
  'unknown',
  'no',
  'no email',
  'noemail',
  'no e-mail',
  'no mail',
  'nomail',
  'not available',
  'not provided',
  'tbd',
  'tba',
  'keine',
  'keine angabe',
  'kein',
  'brak',
  'brak danych',
  'nemá',
  'není',
  'žádný',
  'нет',
  'nėra',
  'aucun',
  'néant',
  'δεν υπάρχει',
  '@',
]);
