// a folder with no rule
