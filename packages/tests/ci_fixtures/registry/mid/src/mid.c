int mid_value(void) {
  return 3;
}
