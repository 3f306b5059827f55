"""Prefect orchestration of the newsledger build: the only package that imports prefect."""
