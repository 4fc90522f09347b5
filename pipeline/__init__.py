"""noichinh: a research archive of Vietnam's provincial internal-affairs emulation blocs."""

__version__ = "0.1.0"
USER_AGENT = f"noichinh/{__version__} (research crawler for an archive of provincial emulation-bloc reports; robots.txt obeyed)"
