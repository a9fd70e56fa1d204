import { describe, expect, it } from 'vitest';
import { fictionalReason, placeholderReason } from './fake.ts';

describe('placeholderReason', () => {
  it.each([
    '0000000',
    '1111111',
    '999999999',
    '123456789',
    '1234567890',
    '0123456789',
    '987654321',
    '9876543210',
    '600000000',
    '45678901',
  ])('flags %j', (digits) => {
    expect(placeholderReason(digits)).toBeDefined();
  });

  it.each([
    '601123456',
    '221111112',
    '2071838750',
    '4158675309',
    '12345',
    '11111',
    '',
    '601000000',
    '2101234567',
  ])('accepts %j', (digits) => {
    expect(placeholderReason(digits)).toBeUndefined();
  });
});

describe('fictionalReason', () => {
  it.each([
    ['1', '4155550100'],
    ['1', '2125550199'],
    ['44', '2079460958'],
    ['44', '7700900123'],
    ['44', '1134960000'],
    ['44', '1632960123'],
    ['61', '255501234'],
    ['61', '491570156'],
  ])('flags +%s %s', (callingCode, nationalNumber) => {
    expect(fictionalReason(callingCode, nationalNumber)).toBeDefined();
  });

  it.each([
    ['1', '4155550200'],
    ['1', '4158675309'],
    ['1', '5550100123'],
    ['44', '2071838750'],
    ['44', '7700901123'],
    ['420', '555010012'],
    ['61', '255511234'],
  ])('accepts +%s %s', (callingCode, nationalNumber) => {
    expect(fictionalReason(callingCode, nationalNumber)).toBeUndefined();
  });
});
