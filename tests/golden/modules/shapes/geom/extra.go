package geom

const Pi = 3

func Perimeter(r Rect) int { return 2 * (r.W + r.H) }
