"""Pydantic request and response models; they are what resources/openapi.json describes."""
