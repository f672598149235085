    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
T    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
D    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
S    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
v    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
U    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
R    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
L    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
O    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
B    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
k    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
v    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
k    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
P    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
P    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
>    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
;    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
j    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
H    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
+    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
+    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
I    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
k    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
;    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
j    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
T    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
R    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
j    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
\    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
j    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
P    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
P    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
O    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
>    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
T    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
v    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
+    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
j    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
v    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
v    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
v    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
;    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
j    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
k    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
B    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
k    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
N    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
1    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
6    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
D    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
S    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
E    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
U    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
R    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
L    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
+    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
1    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
6    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
2    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
\    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
j    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
\    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
j    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
L    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
w    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
W    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
+    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
1    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
6    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
2    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
N    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
+    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
1    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
6    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
2    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
N    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
+    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
1    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
6    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
2    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
G    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
+    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
1    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
6    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
2    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
P    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
y    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
%    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
C    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
+    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
D    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
R    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
A    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
T    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
F    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
:    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
{    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
-    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
R    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
'    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
}    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
C    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
h    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
"    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
=    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
u    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
n    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
d    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
p    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
a    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
k    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
g    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
x    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
v    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
e    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
r    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
_    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
(    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
[    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
b    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
c    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
k    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
]    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
,    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
     located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
l    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
m    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
i    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
t    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
s    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
.    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
o    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
f    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
)    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))

    located = []
    for row in context["locations"]:
        account = " ".join(str(v) for v in (row["account"], row["profile_url"]) if v)
        located.append(str(row["url"]) + (f" ({gettext('account')} {account})" if account else ""))
