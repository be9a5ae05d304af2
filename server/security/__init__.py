"""Security primitives: passwords, codes, TOTP, addresses, content rules."""
