"""Normalisers: money, quantities, countries, places and actors to canonical values."""
