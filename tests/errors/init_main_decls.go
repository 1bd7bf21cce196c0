package main

var init = 3 // ERROR "cannot declare init - must be func"

const main = 1 // ERROR "cannot declare main - must be func"
