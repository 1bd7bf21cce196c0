module layers

go 1.19
