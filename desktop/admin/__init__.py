"""The admin side: API client, local replica and outbox, sync engine (pure Python, no Qt)."""
