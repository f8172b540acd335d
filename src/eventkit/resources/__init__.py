"""Language data: lexicons, trigger words and patterns (see README.md here)."""
