import GPM
print("gpm: not yet wired")
