"""HTTP routers, one module per group of resources."""
