package io.backstride.platform.test;
