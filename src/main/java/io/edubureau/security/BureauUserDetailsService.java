package io.edubureau.security;

import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class BureauUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	BureauUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username == null ? "" : username.strip())
			.map(u -> new BureauUser(u, Instant.now()))
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
	}

}
