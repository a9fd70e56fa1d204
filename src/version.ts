import pkg from '../package.json' with { type: 'json' };

export const KEMPT_VERSION: string = pkg.version;
