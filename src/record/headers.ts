/**
 * Header aliases of real CRM exports, by canonical field. Headers are compared folded (lowercase,
 * diacritics and punctuation removed), so "E-mail", "e_mail" and "EMAIL" are one alias.
 * Sources: HubSpot and Salesforce export headers, Pipedrive/Zoho/Dynamics defaults, and the usual
 * words in German, Czech, Polish, French, Spanish, Italian, Dutch, Lithuanian, Greek and Russian.
 */

import type { ContactField } from './fields.ts';

export const HEADER_ALIASES: Readonly<Record<ContactField, readonly string[]>> = {
  id: ['id', 'record id', 'contact id', 'lead id', 'hubspot id', 'vid', 'external id', 'crm id', 'customer id', 'kontakt id'],
  first_name: [
    'first name', 'firstname', 'given name', 'forename', 'first', 'fname',
    'vorname', 'jmeno', 'krestni jmeno', 'imie', 'prenom', 'nombre', 'nome', 'voornaam', 'vardas', 'onoma', 'imya',
    'όνομα', 'имя',
  ],
  last_name: [
    'last name', 'lastname', 'surname', 'family name', 'last', 'lname',
    'nachname', 'familienname', 'prijmeni', 'nazwisko', 'nom', 'nom de famille', 'apellido', 'apellidos', 'cognome',
    'achternaam', 'pavarde', 'eponymo', 'familiya', 'επώνυμο', 'фамилия',
  ],
  full_name: ['name', 'full name', 'fullname', 'contact name', 'contact', 'person', 'cele jmeno', 'jmeno a prijmeni', 'imie i nazwisko', 'nom complet', 'vollstandiger name', 'фио'],
  email: [
    'email', 'e mail', 'email address', 'e mail address', 'mail', 'emailaddress', 'primary email', 'work email',
    'e mail adresse', 'emailova adresa', 'adres email', 'adresse email', 'adresse e mail', 'courriel', 'correo',
    'correo electronico', 'el pastas', 'электронная почта', 'эл почта',
  ],
  phone: [
    'phone', 'phone number', 'telephone', 'tel', 'work phone', 'business phone', 'office phone', 'phone 1',
    'telefon', 'telefonnummer', 'telefonni cislo', 'numer telefonu', 'telephone fixe', 'telefono', 'telefoon',
    'telefonas', 'tilefono', 'τηλέφωνο', 'телефон',
  ],
  mobile: [
    'mobile', 'mobile phone', 'mobile phone number', 'mobilephone', 'cell', 'cell phone', 'cellphone', 'mobile number',
    'mobil', 'handy', 'mobilni telefon', 'komorka', 'telefon komorkowy', 'portable', 'telephone portable', 'movil',
    'cellulare', 'mobiel', 'mobilusis', 'κινητό', 'мобильный', 'мобильный телефон',
  ],
  company: [
    'company', 'company name', 'account', 'account name', 'account.name', 'organization', 'organisation', 'employer',
    'firma', 'unternehmen', 'spolecnost', 'nazev firmy', 'societe', 'entreprise', 'empresa', 'azienda', 'bedrijf',
    'imone', 'εταιρεία', 'компания', 'организация',
  ],
  website: ['website', 'website url', 'web', 'url', 'web site', 'homepage', 'domain', 'company domain name', 'company domain', 'webseite', 'www', 'strona www', 'site web', 'sitio web', 'svetaine'],
  job_title: [
    'job title', 'title', 'jobtitle', 'position', 'role', 'job role', 'designation',
    'berufsbezeichnung', 'funktion', 'pozice', 'funkce', 'stanowisko', 'poste', 'fonction', 'cargo', 'ruolo',
    'functie', 'pareigos', 'θέση', 'должность',
  ],
  country: [
    'country', 'country region', 'country/region', 'mailingcountry', 'billingcountry', 'country code', 'nation',
    'land', 'zeme', 'pays', 'pais', 'paese', 'salis', 'χώρα', 'страна',
  ],
  state: [
    'state', 'state region', 'state/region', 'province', 'region', 'county', 'mailingstate', 'billingstate',
    'bundesland', 'wojewodztwo', 'departement', 'provincia', 'regione', 'provincie', 'apskritis', 'область', 'регион',
  ],
  city: [
    'city', 'town', 'mailingcity', 'billingcity', 'locality',
    'stadt', 'ort', 'mesto', 'obec', 'miasto', 'miejscowosc', 'ville', 'ciudad', 'citta', 'plaats', 'miestas',
    'πόλη', 'город',
  ],
  postcode: [
    'postcode', 'postal code', 'zip', 'zip code', 'zipcode', 'post code', 'mailingpostalcode', 'billingpostalcode',
    'plz', 'postleitzahl', 'psc', 'kod pocztowy', 'code postal', 'codigo postal', 'cap', 'postcode nl',
    'pasto kodas', 'ταχυδρομικός κώδικας', 'тк', 'почтовый индекс', 'индекс',
  ],
  street: [
    'street', 'street address', 'address', 'address 1', 'address line 1', 'mailingstreet', 'billingstreet',
    'strasse', 'adresse', 'ulice', 'adresa', 'ulica', 'adres', 'rue', 'direccion', 'indirizzo', 'straat', 'gatve',
    'διεύθυνση', 'адрес', 'улица',
  ],
  lead_source: ['lead source', 'leadsource', 'original source', 'source', 'lead origin', 'channel', 'zdroj', 'zrodlo', 'quelle', 'origine', 'fuente'],
  lifecycle_stage: ['lifecycle stage', 'lifecyclestage', 'lifecycle', 'stage', 'lead status', 'status', 'contact status', 'lebenszyklusphase', 'faze'],
  owner: ['owner', 'contact owner', 'owner name', 'owner.name', 'ownerid', 'hubspot owner', 'account owner', 'sales rep', 'vlastnik', 'wlasciciel', 'besitzer', 'proprietaire'],
  created_at: ['created', 'create date', 'created date', 'createddate', 'created at', 'creation date', 'date created', 'createdate', 'erstellt am', 'datum vytvoreni', 'data utworzenia', 'date de creation'],
  updated_at: ['updated', 'last modified date', 'lastmodifieddate', 'last modified', 'modified', 'updated at', 'last updated', 'lastmodifiedate', 'geandert am', 'datum zmeny'],
  last_activity_at: [
    'last activity date', 'last activity', 'lastactivitydate', 'last activity at', 'last contacted', 'last engagement date',
    'last engagement', 'recent sales email replied date', 'letzte aktivitat', 'posledni aktivita', 'ostatnia aktywnosc', 'derniere activite',
  ],
};
