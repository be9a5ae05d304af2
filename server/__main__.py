"""`python -m server` is the same as `keydesk-server`."""

from server.cli import main

raise SystemExit(main())
