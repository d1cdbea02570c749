#!/usr/bin/env python
from huunghi.cli import main

if __name__ == "__main__":
    main()
