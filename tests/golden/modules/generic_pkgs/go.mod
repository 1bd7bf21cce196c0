module generic_pkgs

go 1.23
