"""The map: the page, its one bridge, the typed messages, and the controller that paces them."""
