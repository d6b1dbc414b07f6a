/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Minidisk Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see ssiplan.model.SsiplanPackage#getMinidiskKind()
 * @model
 * @generated
 */
public enum MinidiskKind implements Enumerator {
	/**
	 * The '<em><b>MDISK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An extent on a real volume.
	 * <!-- end-model-doc -->
	 * @see #MDISK_VALUE
	 * @generated
	 * @ordered
	 */
	MDISK(0, "MDISK", "MDISK"),

	/**
	 * The '<em><b>TDISK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Temporary disk; blocks relocation [U].
	 * <!-- end-model-doc -->
	 * @see #TDISK_VALUE
	 * @generated
	 * @ordered
	 */
	TDISK(1, "TDISK", "TDISK"),

	/**
	 * The '<em><b>VDISK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual disk in storage.
	 * <!-- end-model-doc -->
	 * @see #VDISK_VALUE
	 * @generated
	 * @ordered
	 */
	VDISK(2, "VDISK", "V-DISK");

	/**
	 * The '<em><b>MDISK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An extent on a real volume.
	 * <!-- end-model-doc -->
	 * @see #MDISK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MDISK_VALUE = 0;

	/**
	 * The '<em><b>TDISK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Temporary disk; blocks relocation [U].
	 * <!-- end-model-doc -->
	 * @see #TDISK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TDISK_VALUE = 1;

	/**
	 * The '<em><b>VDISK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual disk in storage.
	 * <!-- end-model-doc -->
	 * @see #VDISK
	 * @model literal="V-DISK"
	 * @generated
	 * @ordered
	 */
	public static final int VDISK_VALUE = 2;

	/**
	 * An array of all the '<em><b>Minidisk Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MinidiskKind[] VALUES_ARRAY =
		new MinidiskKind[] {
			MDISK,
			TDISK,
			VDISK,
		};

	/**
	 * A public read-only list of all the '<em><b>Minidisk Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MinidiskKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Minidisk Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MinidiskKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MinidiskKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Minidisk Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MinidiskKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MinidiskKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Minidisk Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MinidiskKind get(int value) {
		switch (value) {
			case MDISK_VALUE: return MDISK;
			case TDISK_VALUE: return TDISK;
			case VDISK_VALUE: return VDISK;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MinidiskKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MinidiskKind
