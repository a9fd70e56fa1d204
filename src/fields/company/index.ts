export {
  analyzeCompany,
  type CompanyFacts,
  type CompanyFindingCode,
  companyKey,
  normalizeCompany,
} from './analyze.ts';
export { detectLegalForm, type LegalFormMatch } from './legal-form.ts';
export { LEGAL_FORMS, type LegalForm } from './legal-form-table.ts';
