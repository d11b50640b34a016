package io.backstride.platform;
