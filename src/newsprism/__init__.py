"""newsprism: who said what, through whom, about whom, when, how sure — across outlets."""
__version__ = "0.1.0"
