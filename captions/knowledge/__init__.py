"""What captions knows: the agency registry and the page markers, as YAML data and their loader."""
