"""Helpers shared by the tests (imported as ``tests.helpers...``); test modules never import each other."""
