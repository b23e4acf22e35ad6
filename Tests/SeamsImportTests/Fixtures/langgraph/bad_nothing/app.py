def main():
    print("no graph here")
