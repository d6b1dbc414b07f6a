/**
 */
package ssiplan.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import ssiplan.model.SsiplanFactory;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.VirtualMachine;

/**
 * This is the item provider adapter for a {@link ssiplan.model.VirtualMachine} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class VirtualMachineItemProvider extends DirectoryEntryItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtualMachineItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addUseridPropertyDescriptor(object);
			addStorageMiBPropertyDescriptor(object);
			addMaxStorageMiBPropertyDescriptor(object);
			addVirtualCpusPropertyDescriptor(object);
			addCpuTypePropertyDescriptor(object);
			addPrivilegeClassesPropertyDescriptor(object);
			addGuestOsPropertyDescriptor(object);
			addRelocatablePropertyDescriptor(object);
			addRelocationDomainPropertyDescriptor(object);
			addChpidVirtualizationOnePropertyDescriptor(object);
			addProfilePropertyDescriptor(object);
			addIplPropertyDescriptor(object);
			addTolerableOutageSecondsPropertyDescriptor(object);
			addAntiAffinityGroupPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Userid feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUseridPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_userid_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_userid_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__USERID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Storage Mi B feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStorageMiBPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_storageMiB_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_storageMiB_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__STORAGE_MI_B,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Storage Mi B feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxStorageMiBPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_maxStorageMiB_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_maxStorageMiB_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__MAX_STORAGE_MI_B,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Virtual Cpus feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVirtualCpusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_virtualCpus_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_virtualCpus_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__VIRTUAL_CPUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cpu Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCpuTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_cpuType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_cpuType_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__CPU_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Privilege Classes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrivilegeClassesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_privilegeClasses_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_privilegeClasses_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__PRIVILEGE_CLASSES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Guest Os feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGuestOsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_guestOs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_guestOs_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__GUEST_OS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Relocatable feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRelocatablePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_relocatable_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_relocatable_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__RELOCATABLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Relocation Domain feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRelocationDomainPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_relocationDomain_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_relocationDomain_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__RELOCATION_DOMAIN,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Chpid Virtualization One feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChpidVirtualizationOnePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_chpidVirtualizationOne_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_chpidVirtualizationOne_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Profile feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProfilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_profile_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_profile_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__PROFILE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ipl feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIplPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_ipl_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_ipl_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__IPL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tolerable Outage Seconds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTolerableOutageSecondsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_tolerableOutageSeconds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_tolerableOutageSeconds_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Anti Affinity Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAntiAffinityGroupPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VirtualMachine_antiAffinityGroup_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VirtualMachine_antiAffinityGroup_feature", "_UI_VirtualMachine_type"),
				 SsiplanPackage.Literals.VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SsiplanPackage.Literals.VIRTUAL_MACHINE__SEGMENTS);
			childrenFeatures.add(SsiplanPackage.Literals.VIRTUAL_MACHINE__CRYPTO);
			childrenFeatures.add(SsiplanPackage.Literals.VIRTUAL_MACHINE__WORKLOAD);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * Labels come from {@link ssiplan.model.format.ElementLabels} so the tree, the diagram and the CLI agree.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String getText(Object object) {
		return ssiplan.model.format.ElementLabels.of((org.eclipse.emf.ecore.EObject) object);
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(VirtualMachine.class)) {
			case SsiplanPackage.VIRTUAL_MACHINE__USERID:
			case SsiplanPackage.VIRTUAL_MACHINE__STORAGE_MI_B:
			case SsiplanPackage.VIRTUAL_MACHINE__MAX_STORAGE_MI_B:
			case SsiplanPackage.VIRTUAL_MACHINE__VIRTUAL_CPUS:
			case SsiplanPackage.VIRTUAL_MACHINE__CPU_TYPE:
			case SsiplanPackage.VIRTUAL_MACHINE__PRIVILEGE_CLASSES:
			case SsiplanPackage.VIRTUAL_MACHINE__GUEST_OS:
			case SsiplanPackage.VIRTUAL_MACHINE__RELOCATABLE:
			case SsiplanPackage.VIRTUAL_MACHINE__CHPID_VIRTUALIZATION_ONE:
			case SsiplanPackage.VIRTUAL_MACHINE__IPL:
			case SsiplanPackage.VIRTUAL_MACHINE__TOLERABLE_OUTAGE_SECONDS:
			case SsiplanPackage.VIRTUAL_MACHINE__ANTI_AFFINITY_GROUP:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SsiplanPackage.VIRTUAL_MACHINE__SEGMENTS:
			case SsiplanPackage.VIRTUAL_MACHINE__CRYPTO:
			case SsiplanPackage.VIRTUAL_MACHINE__WORKLOAD:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.VIRTUAL_MACHINE__SEGMENTS,
				 SsiplanFactory.eINSTANCE.createSegmentUse()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.VIRTUAL_MACHINE__CRYPTO,
				 SsiplanFactory.eINSTANCE.createCrypto()));

		newChildDescriptors.add
			(createChildParameter
				(SsiplanPackage.Literals.VIRTUAL_MACHINE__WORKLOAD,
				 SsiplanFactory.eINSTANCE.createWorkloadProfile()));
	}

}
