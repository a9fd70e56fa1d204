import { describe, expect, it } from 'vitest';
import { emailKey } from './key.ts';

describe('emailKey', () => {
  it.each([
    ['John.Doe@Example.com', 'john.doe@example.com'],
    ['j.o.h.n.doe@gmail.com', 'johndoe@gmail.com'],
    ['John.Doe+news@GoogleMail.com', 'johndoe@gmail.com'],
    ['john+crm@outlook.com', 'john@outlook.com'],
    ['john+crm@hotmail.co.uk', 'john@hotmail.co.uk'],
    ['john+crm@live.de', 'john@live.de'],
    ['john+crm@icloud.com', 'john@icloud.com'],
    ['john+crm@proton.me', 'john@proton.me'],
    ['john+crm@fastmail.com', 'john@fastmail.com'],
    ['ivan+crm@yandex.ru', 'ivan@yandex.ru'],
    // Unknown servers: `+` may be part of another person's mailbox.
    ['john+crm@acme.com', 'john+crm@acme.com'],
    ['john.doe@acme.com', 'john.doe@acme.com'],
    ['+tag@gmail.com', '+tag@gmail.com'],
    ['"John+Doe"@gmail.com', '"john+doe"@gmail.com'],
    ['not-an-address', 'not-an-address'],
  ])('%s → %s', (address, key) => {
    expect(emailKey(address)).toBe(key);
  });

  it('is stable', () => {
    for (const a of ['John.Doe+x@GoogleMail.com', 'a+b@outlook.com'])
      expect(emailKey(emailKey(a))).toBe(emailKey(a));
  });
});

describe('emailKey where no provider rule applies', () => {
  it.each([
    ['Jane.Doe@Acme.COM', 'jane.doe@acme.com'],
    ['jane.doe@acme.com', 'jane.doe@acme.com'],
    ['Jane@Gmail.com', 'jane@gmail.com'],
    ['a.b+x@googlemail.com', 'ab@gmail.com'],
    ['a+b@c+d.com', 'a+b@c+d.com'],
    ['a@b@gmail.com', 'a@b@gmail.com'],
    ['+@outlook.com', '+@outlook.com'],
    ['jane+x@notgmail.com', 'jane+x@notgmail.com'],
    ['jane.doe@gmail.com.au', 'jane.doe@gmail.com.au'],
    ['@gmail.com', '@gmail.com'],
  ])('%s → %s', (address, key) => {
    expect(emailKey(address)).toBe(key);
    expect(emailKey(key)).toBe(key);
  });
});
