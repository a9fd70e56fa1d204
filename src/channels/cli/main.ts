export async function main(argv: string[]): Promise<number> {
  console.log('kempt', argv.length, process.version);
  return 0;
}
