import random, datetime
r = random.Random(20261129)
cats = {"expense": ["Groceries","Dining","Transport","Utilities","Rent","Health","Shopping"], "income": ["Salary","Freelance"]}
words = ["coffee","market","bus","train","cinema","pharmacy","books","lunch","dinner","fuel","bakery","Café Müller"]
for user, n in [("alice",1400),("bob",1100),("carol",600)]:
    with open(f"{user}.csv","w") as f:
        f.write("date,type,category,amount,description\n")
        start = datetime.date(2025,1,1)
        for i in range(n):
            d = start + datetime.timedelta(days=r.randrange(0, 700))
            if r.random() < 0.08:
                t="income"; c=r.choice(cats["income"]); cents=r.randrange(50000, 400000)
            else:
                t="expense"; c=r.choice(cats["expense"]); cents=r.randrange(99, 25000)
            f.write(f"{d.isoformat()},{t},{c},{cents//100}.{cents%100:02d},{r.choice(words)} {i}\n")
