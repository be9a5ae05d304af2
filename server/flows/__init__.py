"""The seed's flows: login with a second factor, and authenticator enrollment."""
